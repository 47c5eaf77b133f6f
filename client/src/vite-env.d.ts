// Vite's ambient types (CSS imports, import.meta.env) for the client's sources;
// tsconfig's "types" list names only node and jest, so they are referenced here.
/// <reference types="vite/client" />
