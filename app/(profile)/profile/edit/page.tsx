import type { Metadata } from "next";
import { ProgramDatalists } from "@/app/(profile)/_components/program-datalists";
import { requirePageUser } from "@/app/_lib/session";
import { TextLink } from "@/components/ui/text-link";
import { ownName } from "@/lib/users/serialize";
import { profileFormDefaults } from "../../_lib/profile-form";
import { EditProfileForm } from "./edit-profile-form";
import { cloudinaryCredentials } from "@/lib/pictures/cloudinary";
import { pictureFolder } from "@/lib/pictures/urls";
import { CloudinaryPicture } from "./cloudinary-picture";
import { ChosenPictureProvider } from "./chosen-picture";
import { PictureForm } from "./picture-form";

export const metadata: Metadata = { title: "Edit your profile" };

export default async function EditProfilePage() {
  const user = await requirePageUser("/profile/edit");
  const credentials = cloudinaryCredentials();
  // Only what the browser widget needs: the cloud name and the public API key, never the secret.
  const cloudinary = credentials ? { cloudName: credentials.cloudName, apiKey: credentials.apiKey } : null;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <TextLink href="/profile">
            <span aria-hidden>←</span> Back to your profile
          </TextLink>
        </p>
        <h1 className="text-3xl font-bold text-bruin-darker">Edit your profile</h1>
        <p className="text-gray-700">Everything here is optional, but the more you share, the better your suggestions.</p>
      </header>
      <ChosenPictureProvider>
        {cloudinary ? (
          <CloudinaryPicture name={ownName(user)} url={user.profilePictureUrl} cloudName={cloudinary.cloudName} apiKey={cloudinary.apiKey} folder={pictureFolder(user.id)} />
        ) : (
          <PictureForm name={ownName(user)} url={user.profilePictureUrl} />
        )}
        <EditProfileForm defaultValues={profileFormDefaults(user)} role={user.role} />
        <ProgramDatalists />
      </ChosenPictureProvider>
    </div>
  );
}
