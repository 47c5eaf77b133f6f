// The client's sections, in nav order, with the weakest role that may use
// each.
import type { Role } from "./roles.ts";

export interface Section {
  path: string;
  title: string;
  summary: string;
  minimumRole: Role;
}

export const sections: readonly Section[] = [
  {
    path: "/",
    title: "Home",
    summary: "What waits in each queue, and what happened lately.",
    minimumRole: "analyst",
  },
  {
    path: "/search",
    title: "Search",
    summary: "Find an employer by any of its names or identifiers.",
    minimumRole: "analyst",
  },
  {
    path: "/employers/new",
    title: "Register employer",
    summary: "Add a new employer with its identifiers and other names.",
    minimumRole: "steward",
  },
  {
    path: "/promotion-queue",
    title: "Promotion queue",
    summary: "Review aliases proposed for promotion to canonical names.",
    minimumRole: "analyst",
  },
  {
    path: "/pending-employers",
    title: "Pending employers",
    summary: "Resolve names from imports that matched no employer.",
    minimumRole: "analyst",
  },
  {
    path: "/learned-aliases",
    title: "Learned names",
    summary: "Confirm or retire the spellings imports learned from similar-name matches.",
    minimumRole: "steward",
  },
  {
    path: "/imports",
    title: "Imports",
    summary: "Upload BCI files and follow their per-row outcomes.",
    minimumRole: "analyst",
  },
  {
    path: "/analytics",
    title: "Analytics",
    summary: "Aliases per day by source, decisions, backlogs, coverage and CSV exports.",
    minimumRole: "analyst",
  },
  {
    path: "/admin",
    title: "Admin",
    summary: "Users, API tokens and feature switches.",
    minimumRole: "admin",
  },
];
