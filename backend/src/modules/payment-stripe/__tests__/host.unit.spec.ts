import { describe, expect, it } from "vitest"
import { stripeHostConfig } from "../service"

describe("stripeHostConfig", () => {
  it("splits a stand-in's address into the Stripe client's host, port and protocol", () => {
    expect(stripeHostConfig("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: "12111", protocol: "http" })
  })

  it("takes the protocol's port when the address names none", () => {
    expect(stripeHostConfig("https://stripe.internal.example")).toEqual({
      host: "stripe.internal.example",
      port: "443",
      protocol: "https",
    })
    expect(stripeHostConfig("http://stripe-mock")).toEqual({ host: "stripe-mock", port: "80", protocol: "http" })
  })

  it("refuses an address that is not an http(s) URL, naming the variable", () => {
    expect(() => stripeHostConfig("127.0.0.1:12111")).toThrow(/^STRIPE_API_HOST: /)
    expect(() => stripeHostConfig("ftp://127.0.0.1")).toThrow(/^STRIPE_API_HOST: /)
  })
})
