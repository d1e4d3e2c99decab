import { endSession } from "@/auth";
import { apiRoute, json } from "../../_lib/handler";

export const POST = apiRoute(async () => {
  await endSession();
  return json({ message: "Logged out" });
});
