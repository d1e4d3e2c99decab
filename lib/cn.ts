/**
 * Joins class names and lets the last Tailwind class of a kind win (`bg-white` then `bg-transparent`
 * → `bg-transparent`). Hand-joined strings leave both in the attribute and the stylesheet's order
 * decides, which is how the hero's "Log in" became white on white (issue 12). clsx takes
 * conditionals (`cn("px-3", current && "bg-bruin-light")`); tailwind-merge resolves the conflicts.
 */
import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
