import { readFile } from "node:fs/promises";
import path from "node:path";
import { NextResponse } from "next/server";
import { uploadDir } from "@/lib/pictures/store-picture";
import { LOCAL_NAME } from "@/lib/pictures/urls";

/** Serves profile pictures stored in local mode (UPLOAD_DIR). Names are random and never reused. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (!LOCAL_NAME.test(name)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  try {
    const bytes = await readFile(path.join(uploadDir(), name));
    return new NextResponse(new Uint8Array(bytes), {
      headers: { "content-type": "image/webp", "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff" },
    });
  } catch {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
}
