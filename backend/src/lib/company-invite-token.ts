import { createHash, randomBytes } from "node:crypto"

/** A fresh invitation token: what the e-mailed link carries. Only its hash is stored. */
export const newCompanyInviteToken = () => randomBytes(24).toString("base64url")

/** What the database keeps of a token: whoever reads the table cannot join with it. */
export const companyInviteTokenHash = (token: string) => createHash("sha256").update(token).digest("hex")
