import { describe, expect, it } from "vitest"
import { pathForUnknownLocale } from "../locale-path"

describe("pathForUnknownLocale", () => {
  it.each([
    ["/fr/products", "/vi/products"],
    ["/fr", "/vi"],
    ["/de/products/ca-phe-son-la", "/vi/products/ca-phe-son-la"],
    ["/zh-CN/cart", "/vi/cart"],
    ["/en-US/products", "/en/products"],
    ["/EN/checkout", "/en/checkout"],
    ["/VI", "/vi"],
  ])("sends %s to %s", (path, expected) => {
    expect(pathForUnknownLocale(path)).toBe(expected)
  })

  it.each([
    "/",
    "/vi/products",
    "/en",
    "/products",
    "/cart",
    "/account/sign-in",
    "/abc/products",
    "/e1/x",
    "/en-gbr/x",
  ])("leaves %s to the locale routing", (path) => {
    expect(pathForUnknownLocale(path)).toBeUndefined()
  })
})
