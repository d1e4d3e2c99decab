/** Ids of the pages' majors and minors datalists (kept apart so the client form imports no list). */
export const MAJORS_LIST_ID = "ucla-majors";
export const MINORS_LIST_ID = "ucla-minors";
