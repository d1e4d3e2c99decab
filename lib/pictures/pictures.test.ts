import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { purgeExpiredAccounts } from "@/lib/users/purge-expired-accounts";
import { setProfilePicture } from "@/lib/users/set-profile-picture";
import { updateProfile } from "@/lib/users/update-profile";
import { createUser, failure, withEnv } from "@/test/helpers";
import { FACE_CROP, signParams } from "./cloudinary";
import { deletePicture, storePicture } from "./store-picture";
import { uploadParamsToSign } from "./upload-signature";
import { isPictureOf, pictureFolder, pictureOwner, publicIdOf } from "./urls";

const image = (width: number, height: number, format: "png" | "jpeg" | "webp" | "gif" = "png") =>
  sharp({ create: { width, height, channels: 3, background: { r: 39, g: 116, b: 174 } } })
    .toFormat(format)
    .toBuffer();

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
      expect(isPictureOf(url, "11111111-1111-1111-1111-111111111111")).toBe(true);
      expect(isPictureOf(url, "22222222-2222-2222-2222-222222222222")).toBe(false);
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

const OWNER = "3f2c1a4e-9b7d-4c21-8e5f-0a1b2c3d4e5f";
const OTHER = "9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a";

describe("picture URLs", () => {
  it("name the user they were issued to; anything else belongs to nobody", async () => {
    await withEnv({ CLOUDINARY_CLOUD_NAME: "bruinbridge" }, async () => {
      const cloudinary = `https://res.cloudinary.com/bruinbridge/image/upload/v1/profile_pictures/${OWNER}/abc123.jpg`;
      expect(pictureOwner(cloudinary)).toBe(OWNER);
      expect(pictureOwner(`/uploads/${OWNER}-0123456789abcdef.webp`)).toBe(OWNER);
      expect(isPictureOf(cloudinary, OWNER)).toBe(true);
      expect(isPictureOf(cloudinary, OTHER)).toBe(false);
      // Read the way a browser reads it: a dot-segment leads into the other folder, so it is theirs.
      expect(pictureOwner(`https://res.cloudinary.com/bruinbridge/image/upload/v1/profile_pictures/${OWNER}/../${OTHER}/abc.jpg`)).toBe(OTHER);
      for (const url of [
        "",
        "https://res.cloudinary.com/bruinbridge/image/upload/v1/profile_pictures/abc.jpg", // no owner folder
        `https://res.cloudinary.com/someone-else/image/upload/v1/profile_pictures/${OWNER}/abc.jpg`,
        `http://res.cloudinary.com/bruinbridge/image/upload/v1/profile_pictures/${OWNER}/abc.jpg`,
        `https://res.cloudinary.com/bruinbridge/image/upload/v1/profile_pictures/${OWNER}/x/y.jpg`,
        `https://evil.example/uploads/${OWNER}-0123456789abcdef.webp`,
        `/uploads/../${OWNER}-0123456789abcdef.webp`,
        "/uploads/x.webp",
        "javascript:alert(1)",
      ]) {
        expect(pictureOwner(url), url).toBeNull();
        expect(isPictureOf(url, OWNER), url).toBe(false);
      }
    });
    await withEnv({ CLOUDINARY_CLOUD_NAME: undefined }, async () => {
      expect(pictureOwner(`https://res.cloudinary.com/bruinbridge/image/upload/v1/profile_pictures/${OWNER}/abc.jpg`)).toBeNull();
    });
  });

  it("finds the public id of a Cloudinary URL", () => {
    expect(publicIdOf("https://res.cloudinary.com/bb/image/upload/v1712/profile_pictures/abc123.jpg")).toBe("profile_pictures/abc123");
    expect(publicIdOf(`https://res.cloudinary.com/bb/image/upload/c_thumb,g_face/v1/profile_pictures/${OWNER}/x.png`)).toBe(`profile_pictures/${OWNER}/x`);
    expect(publicIdOf("not a url")).toBeNull();
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
    const url = `https://res.cloudinary.com/bb/image/upload/v17/profile_pictures/${OWNER}/abc.jpg`;
    expect(withFaceCrop(url)).toBe(`https://res.cloudinary.com/bb/image/upload/c_thumb,g_face,h_400,w_400/v17/profile_pictures/${OWNER}/abc.jpg`);
    expect(withFaceCrop(withFaceCrop(url))).toBe(withFaceCrop(url));
    await withEnv({ CLOUDINARY_CLOUD_NAME: "bb" }, async () => expect(isPictureOf(withFaceCrop(url), OWNER)).toBe(true));
  });
});

describe("the upload signing allow-list (/api/cloudinary/sign)", () => {
  const now = Date.UTC(2026, 0, 15, 10, 30);
  const timestamp = Math.floor(now / 1000);
  /** What Cloudinary's widget asks to have signed for our picture form: its timestamp, its source, our folder option. */
  const widget = { timestamp, source: "uw", folder: pictureFolder(OWNER) };
  const refusal = (params: unknown) => {
    try {
      uploadParamsToSign(params, { userId: OWNER, now });
    } catch (error) {
      if (error instanceof AppError) return error.code;
      throw error;
    }
    return "signed";
  };

  it("signs the widget's upload into the user's own folder, and the server's face crop", () => {
    expect(uploadParamsToSign(widget, { userId: OWNER, now })).toEqual(widget);
    expect(uploadParamsToSign({ ...widget, timestamp: String(timestamp) }, { userId: OWNER, now })).toEqual({ ...widget, timestamp: String(timestamp) });
    expect(refusal({ ...widget, transformation: FACE_CROP })).toBe("signed");
    expect(refusal({ timestamp, folder: pictureFolder(OWNER) })).toBe("signed");
  });

  it.each([
    ["public_id", { public_id: `profile_pictures/${OTHER}/abc` }],
    ["overwrite", { overwrite: "true" }],
    ["invalidate", { invalidate: "true" }],
    ["eager", { eager: "w_4000,h_4000" }],
    ["notification_url", { notification_url: "https://evil.example/hook" }],
    ["type", { type: "private" }],
    ["upload_preset", { upload_preset: "anything" }],
    ["use_filename", { use_filename: "true" }],
    ["another user's folder", { folder: pictureFolder(OTHER) }],
    ["the shared folder", { folder: "profile_pictures" }],
    ["the root", { folder: "" }],
    ["another transformation", { transformation: "c_scale,w_4000" }],
    ["another source", { source: "url" }],
    ["a parameter smuggled into a value", { source: "uw&public_id=victim" }],
    ["a parameter smuggled into the timestamp", { timestamp: `${timestamp}&type=private` }],
    ["a timestamp two hours old", { timestamp: timestamp - 7200 }],
    ["a timestamp a day ahead", { timestamp: timestamp + 86_400 }],
    ["a nested value", { folder: { toString: () => pictureFolder(OWNER) } }],
  ])("refuses %s (403)", (_name, change) => {
    expect(refusal({ ...widget, ...change })).toBe("FORBIDDEN");
  });

  it("refuses an upload without a folder or a timestamp (403), and a body without paramsToSign (400)", () => {
    expect(refusal({ timestamp, source: "uw" })).toBe("FORBIDDEN");
    expect(refusal({ source: "uw", folder: pictureFolder(OWNER) })).toBe("FORBIDDEN");
    for (const bad of [undefined, null, "timestamp=1", [widget]]) expect(refusal(bad)).toBe("INVALID_INPUT");
  });
});

describe("pictures belong to their owner", () => {
  it("a profile cannot point at another user's upload (400), and clearing it afterwards leaves their file alone", async () => {
    await withUploads(async (dir) => {
      const victim = await createUser();
      const attacker = await createUser();
      const theirs = await setProfilePicture({ userId: victim.id, bytes: await image(500, 500) });
      const error = await failure(updateProfile({ userId: attacker.id, input: { profilePictureUrl: theirs } }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.fieldErrors?.profilePictureUrl).toBeDefined();
      expect((await prisma.user.findUniqueOrThrow({ where: { id: attacker.id } })).profilePictureUrl).toBe("");
      await updateProfile({ userId: attacker.id, input: { profilePictureUrl: "" } });
      expect(existsSync(path.join(dir, theirs.slice("/uploads/".length)))).toBe(true);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: victim.id } })).profilePictureUrl).toBe(theirs);
    });
  });

  it("nor at another user's Cloudinary picture, but at one in its own folder", async () => {
    await withEnv({ CLOUDINARY_CLOUD_NAME: "bb", CLOUDINARY_API_KEY: undefined }, async () => {
      const user = await createUser();
      const other = await createUser();
      const upload = (owner: string) => `https://res.cloudinary.com/bb/image/upload/${FACE_CROP}/v17/profile_pictures/${owner}/k3j4h5g6.jpg`;
      expect((await failure(updateProfile({ userId: user.id, input: { profilePictureUrl: upload(other.id) } }))).fieldErrors?.profilePictureUrl).toBeDefined();
      expect((await failure(updateProfile({ userId: user.id, input: { profilePictureUrl: "https://res.cloudinary.com/bb/image/upload/v1/profile_pictures/shared.jpg" } }))).code).toBe("INVALID_INPUT");
      await updateProfile({ userId: user.id, input: { profilePictureUrl: upload(user.id) } });
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).profilePictureUrl).toBe(upload(user.id));
    });
  });

  it("its own current picture is accepted again; clearing it deletes the file", async () => {
    await withUploads(async (dir) => {
      const user = await createUser();
      const mine = await setProfilePicture({ userId: user.id, bytes: await image(500, 500) });
      await updateProfile({ userId: user.id, input: { profilePictureUrl: mine, firstName: "Ada" } });
      expect(existsSync(path.join(dir, mine.slice("/uploads/".length)))).toBe(true);
      await updateProfile({ userId: user.id, input: { profilePictureUrl: "" } });
      expect(existsSync(path.join(dir, mine.slice("/uploads/".length)))).toBe(false);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).profilePictureUrl).toBe("");
    });
  });

  it("a profile that already points at someone else's picture keeps it, and replacing it never deletes their file", async () => {
    await withUploads(async (dir) => {
      const victim = await createUser();
      const borrower = await createUser();
      const theirs = await setProfilePicture({ userId: victim.id, bytes: await image(500, 500) });
      // As the hole allowed until now: the borrower's profile points at the victim's upload.
      await prisma.user.update({ where: { id: borrower.id }, data: { profilePictureUrl: theirs } });
      await updateProfile({ userId: borrower.id, input: { profilePictureUrl: theirs } }); // its current picture: allowed
      const own = await setProfilePicture({ userId: borrower.id, bytes: await image(300, 300) });
      expect(existsSync(path.join(dir, theirs.slice("/uploads/".length)))).toBe(true);
      expect(existsSync(path.join(dir, own.slice("/uploads/".length)))).toBe(true);
    });
  });

  it("deletePicture removes only a picture issued to the user it deletes for", async () => {
    await withUploads(async (dir) => {
      const owner = await createUser();
      const url = await storePicture(owner.id, await image(100, 100));
      await deletePicture(url, (await createUser()).id);
      expect(existsSync(path.join(dir, url.slice("/uploads/".length)))).toBe(true);
      await deletePicture(url, owner.id);
      expect(existsSync(path.join(dir, url.slice("/uploads/".length)))).toBe(false);
    });
  });

  it("the purge never deletes a file the purged user does not own", async () => {
    await withUploads(async (dir) => {
      const victim = await createUser();
      const theirs = await setProfilePicture({ userId: victim.id, bytes: await image(500, 500) });
      const expired = { isDeleted: true, deletionRequestedDate: new Date(Date.now() - 7_200_000), permanentDeletionDate: new Date(Date.now() - 1000) };
      const borrower = await createUser({ ...expired, profilePictureUrl: theirs });
      const owner = await createUser(expired);
      const own = await setProfilePicture({ userId: owner.id, bytes: await image(500, 500) });
      await purgeExpiredAccounts();
      expect(await prisma.user.count({ where: { id: { in: [borrower.id, owner.id] } } })).toBe(0);
      expect(existsSync(path.join(dir, theirs.slice("/uploads/".length)))).toBe(true);
      expect(existsSync(path.join(dir, own.slice("/uploads/".length)))).toBe(false);
    });
  });
});
