import Medusa from "@medusajs/js-sdk"

const backendUrl = import.meta.env.VITE_BACKEND_URL || "/"

/** The admin's own session: extensions call the backend that serves them. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/**
 * A producer's certificate scan, downloaded from the office's signed-in route: a plain link carries the
 * admin's session cookie (no bearer header needed), and the answer is an attachment, never a page.
 */
export const certificateScanUrl = (requestId: string) =>
  `${backendUrl.replace(/\/+$/, "")}/admin/ocop/certificate-requests/${encodeURIComponent(requestId)}/file`
