import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setProfilePicture } from "@/lib/users/set-profile-picture";
import { createUser, withEnv } from "@/test/helpers";
import { publicIdOf, signParams } from "./cloudinary";
import { storePicture } from "./store-picture";
import { isOwnPictureUrl } from "./urls";

const image = (width: number, height: number, format: "png" | "jpeg" | "webp" | "gif" = "png") =>
  sharp({ create: { width, height, channels: 3, background: { r: 39, g: 116, b: 174 } } })
    .toFormat(format)
    .toBuffer();

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const withUploads = <T>(work: (dir: string) => Promise<T>) => {
  const dir = mkdtempSync(path.join(tmpdir(), "bb-uploads-"));
  return withEnv({ UPLOAD_DIR: dir, CLOUDINARY_CLOUD_NAME: undefined }, () => work(dir));
};

describe("local picture storage", () => {
  it.each(["png", "jpeg", "webp"] as const)("stores a %s as a 400×400 WebP under UPLOAD_DIR", async (format) => {
    await withUploads(async (dir) => {
      const url = await storePicture("11111111-1111-1111-1111-111111111111", await image(900, 600, format));
      expect(url).toMatch(/^\/uploads\/11111111-1111-1111-1111-111111111111-[a-f0-9]{16}\.webp$/);
      const stored = await sharp(path.join(dir, url.slice("/uploads/".length))).metadata();
      expect(stored).toMatchObject({ format: "webp", width: 400, height: 400 });
      expect(isOwnPictureUrl(url)).toBe(true);
    });
  });

  it("refuses what is not a PNG, JPEG or WebP by its content", async () => {
    await withUploads(async () => {
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
      for (const bytes of [svg, Buffer.from("just text pretending.png"), await image(10, 10, "gif")]) {
        const error = await failure(storePicture("u", bytes));
        expect(error.fieldErrors?.file?.[0]).toMatch(/not a PNG, JPEG or WebP/);
      }
      expect((await failure(storePicture("u", Buffer.alloc(0)))).fieldErrors?.file).toBeDefined();
    });
  });

  it("refuses more than 5 MB and more than 4096×4096 pixels", async () => {
    await withUploads(async () => {
      expect((await failure(storePicture("u", Buffer.alloc(5 * 1024 * 1024 + 1, 1)))).message).toMatch(/5 MB/);
      expect((await failure(storePicture("u", await image(4097, 10)))).message).toMatch(/4096/);
    });
  });

  it("setProfilePicture saves the URL and removes the picture it replaces", async () => {
    await withUploads(async (dir) => {
      const user = await createUser();
      const first = await setProfilePicture({ userId: user.id, bytes: await image(500, 500) });
      const second = await setProfilePicture({ userId: user.id, bytes: await image(500, 500, "jpeg") });
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).profilePictureUrl).toBe(second);
      expect(existsSync(path.join(dir, second.slice(9)))).toBe(true);
      expect(existsSync(path.join(dir, first.slice(9)))).toBe(false);
    });
  });
});

describe("picture URLs", () => {
  it("accepts only URLs this app issued", async () => {
    await withEnv({ CLOUDINARY_CLOUD_NAME: "bruinbridge" }, async () => {
      expect(isOwnPictureUrl("")).toBe(true);
      expect(isOwnPictureUrl("https://res.cloudinary.com/bruinbridge/image/upload/v1/profile_pictures/abc.jpg")).toBe(true);
      expect(isOwnPictureUrl("https://res.cloudinary.com/someone-else/image/upload/v1/abc.jpg")).toBe(false);
      expect(isOwnPictureUrl("http://res.cloudinary.com/bruinbridge/image/upload/v1/abc.jpg")).toBe(false);
      expect(isOwnPictureUrl("https://evil.example/uploads/x.webp")).toBe(false);
      expect(isOwnPictureUrl("/uploads/x.webp")).toBe(false);
      expect(isOwnPictureUrl("javascript:alert(1)")).toBe(false);
    });
    await withEnv({ CLOUDINARY_CLOUD_NAME: undefined }, async () => {
      expect(isOwnPictureUrl("https://res.cloudinary.com/bruinbridge/image/upload/v1/profile_pictures/abc.jpg")).toBe(false);
    });
  });

  it("finds the public id of a Cloudinary URL", () => {
    expect(publicIdOf("https://res.cloudinary.com/bb/image/upload/v1712/profile_pictures/abc123.jpg")).toBe("profile_pictures/abc123");
    expect(publicIdOf("https://res.cloudinary.com/bb/image/upload/c_thumb,g_face/v1/profile_pictures/x.png")).toBe("profile_pictures/x");
  });

  it("signs parameters the way Cloudinary documents", () => {
    // The example of Cloudinary's "Generating authentication signatures" guide.
    const params = { eager: "w_400,h_300,c_pad|w_260,h_200,c_crop", public_id: "sample_image", timestamp: 1315060510 };
    expect(signParams(params, "abcd")).toBe("bfd09f95f331f558cbd1320e67aa8d488770583e");
  });
});

describe("Cloudinary browser uploads", () => {
  it("deliver the stored original with the face crop", async () => {
    const { withFaceCrop } = await import("./cloudinary");
    const url = "https://res.cloudinary.com/bb/image/upload/v17/profile_pictures/abc.jpg";
    expect(withFaceCrop(url)).toBe("https://res.cloudinary.com/bb/image/upload/c_thumb,g_face,h_400,w_400/v17/profile_pictures/abc.jpg");
    expect(withFaceCrop(withFaceCrop(url))).toBe(withFaceCrop(url));
    await withEnv({ CLOUDINARY_CLOUD_NAME: "bb" }, async () => expect(isOwnPictureUrl(withFaceCrop(url))).toBe(true));
  });
});
