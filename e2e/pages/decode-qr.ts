import { Locator } from "@playwright/test"
import jsQR from "jsqr"

/** What a QR code image says: drawn on a `size`-pixel canvas in the page, its pixels read by jsQR. */
export async function decodeQrImage(image: Locator, size: number): Promise<string | null> {
  const { data } = await image.evaluate(async (element, size) => {
    const img = element as HTMLImageElement
    await img.decode()
    const canvas = document.createElement("canvas")
    canvas.width = size
    canvas.height = size
    const context = canvas.getContext("2d")!
    context.imageSmoothingEnabled = false
    context.fillStyle = "#fff"
    context.fillRect(0, 0, size, size)
    context.drawImage(img, 0, 0, size, size)
    return { data: Array.from(context.getImageData(0, 0, size, size).data) }
  }, size)
  return jsQR(Uint8ClampedArray.from(data), size, size)?.data ?? null
}
