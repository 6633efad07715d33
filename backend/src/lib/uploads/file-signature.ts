/** What a file is by its first bytes (its magic number), whatever its name or declared type says. */
export type FileKind = "jpeg" | "png" | "webp" | "pdf"

export function fileKindOf(bytes: Uint8Array): FileKind | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte)
  if (starts([0xff, 0xd8, 0xff])) return "jpeg"
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png"
  // RIFF....WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp"
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"
  return null
}
