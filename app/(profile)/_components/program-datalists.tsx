import { aliasesByProgram, UCLA_MAJORS, UCLA_MINORS } from "@/lib/users/ucla-programs";
import { MAJORS_LIST_ID, MINORS_LIST_ID } from "../_lib/program-list-ids";

/**
 * UCLA's majors and minors as the native type-ahead of the major and minor fields (`<input list>`):
 * rendered by the page on the server, so the ~225 names never weigh on the form's JavaScript. Each
 * option's label adds its short names ("Computer Science — CS, CompSci"), so typing "CS" offers
 * Computer Science. Free text stays possible; the server canonicalises on save
 * (lib/users/ucla-programs.ts).
 */
export function ProgramDatalists() {
  const aliases = aliasesByProgram();
  const label = (name: string) => {
    const short = aliases.get(name);
    return short?.length ? `${name} — ${short.join(", ")}` : name;
  };
  return (
    <>
      <datalist id={MAJORS_LIST_ID}>
        {UCLA_MAJORS.map((name) => (
          <option key={name} value={name} label={label(name)} />
        ))}
      </datalist>
      <datalist id={MINORS_LIST_ID}>
        {UCLA_MINORS.map((name) => (
          <option key={name} value={name} label={label(name)} />
        ))}
      </datalist>
    </>
  );
}
