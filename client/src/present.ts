// PostGraphile types a root connection's nodes as nullable (a row the role may
// not read); the screens list only the rows they got.
export function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}
