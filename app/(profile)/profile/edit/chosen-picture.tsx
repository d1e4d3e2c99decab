"use client";

import { createContext, use, useRef, type ReactNode, type RefObject } from "react";

/**
 * What the edit page's "Save changes" asks of the picture card: upload the picture the student
 * chose and has not uploaded yet. Resolves true when there was none or it is stored, false when it
 * was refused (the picture card says why), so a save never says "saved" while dropping a chosen
 * picture (issue 12).
 */
export interface ChosenPicture {
  uploadIfChosen: () => Promise<boolean>;
}

const ChosenPictureContext = createContext<RefObject<ChosenPicture | null> | null>(null);

/** Around the picture card and the profile form of the edit page. */
export function ChosenPictureProvider({ children }: { children: ReactNode }) {
  const slot = useRef<ChosenPicture | null>(null);
  return <ChosenPictureContext value={slot}>{children}</ChosenPictureContext>;
}

/** The slot the picture card fills and the profile form calls; null outside the provider. */
export function useChosenPicture(): RefObject<ChosenPicture | null> | null {
  return use(ChosenPictureContext);
}
