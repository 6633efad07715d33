import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../utils/admin"
import { readyCart, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"

// Read by medusa-config.ts when the runner boots the app: bank transfers need a collection account.
process.env.VIETQR_BANK_BIN = "970436"
process.env.VIETQR_ACCOUNT_NUMBER = "0071000123456"
process.env.VIETQR_ACCOUNT_NAME = "CHO OCOP TEST"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let variants: StockedVariant[]
    // A bank transfer for two producers' goods, and a later cash-on-delivery checkout of one.
    let transfer: any
    let cod: any

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)

    async function checkout(items: StockedVariant[], providerId: string, email: string) {
      const { cartId } = await readyCart(api, store, regionId, items, providerId, { email })
      return (await api.post(`/store/ocop/carts/${cartId}/complete`, {}, store)).data.order_group
    }

    const search = async (params: string) => (await api.get(`/admin/ocop/order-groups?${params}`, admin)).data

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      variants = await stockedVariantPerProducer(getContainer())
      admin = await adminHeaders(api, getContainer())
      transfer = await checkout(variants.slice(0, 2), "pp_vietqr_vietqr", "hoa.tran@example.vn")
      cod = await checkout(variants.slice(2, 3), "pp_system_default", "minh.le@example.vn")
    }, 360_000)

    describe("GET /admin/ocop/order-groups", () => {
      it("answers 401 without the admin's token", async () => {
        const reference = transfer.payment.bank_transfer.reference
        expect((await call(api.get(`/admin/ocop/order-groups?q=${reference}`, store))).status).toBe(401)
        expect((await call(api.get("/admin/ocop/order-groups"))).status).toBe(401)
      })

      it("finds a checkout by its transfer reference: the parent order with the payment, each producer's order", async () => {
        const reference = transfer.payment.bank_transfer.reference as string
        const { order_groups, count } = await search(`q=${reference}`)
        expect(count).toBe(1)
        const [group] = order_groups
        expect(group).toMatchObject({
          id: transfer.id,
          email: "hoa.tran@example.vn",
          total: Number(transfer.total),
          parent_order: { id: transfer.parent_order_id },
          payment_status: "authorized",
          payment: { provider_id: "pp_vietqr_vietqr", reference, amount: Number(transfer.total), captured_amount: 0 },
        })
        expect(group.parent_order.display_id).toEqual(expect.any(Number))
        expect(group.orders.map((o: any) => [o.id, o.producer.id, o.fulfilment_status])).toEqual(
          transfer.orders.map((o: any) => [o.id, o.producer.id, "placed"])
        )
        expect(group.orders.every((o: any) => typeof o.producer.name === "string")).toBe(true)
      })

      it("finds it by a reference in lower case or inside a description pasted from the bank", async () => {
        const reference = transfer.payment.bank_transfer.reference as string
        for (const q of [reference.toLowerCase(), `CK ${reference} NGUYEN THI HOA chuyen tien`]) {
          const { order_groups } = await search(`q=${encodeURIComponent(q)}`)
          expect(order_groups.map((g: any) => g.id)).toEqual([transfer.id])
        }
      })

      it("finds the checkout of an order number, the parent's or a producer's, with or without #", async () => {
        const {
          order_groups: [group],
        } = await search(`q=${transfer.payment.bank_transfer.reference}`)
        for (const number of [`${group.parent_order.display_id}`, `#${group.orders[1].display_id}`]) {
          const { order_groups } = await search(`q=${encodeURIComponent(number)}`)
          expect(order_groups.map((g: any) => g.id)).toEqual([transfer.id])
        }
      })

      it("finds a checkout by the buyer's e-mail, in any case", async () => {
        const { order_groups } = await search(`q=${encodeURIComponent("Minh.Le@example.vn")}`)
        expect(order_groups.map((g: any) => g.id)).toEqual([cod.id])
        expect(order_groups[0].payment).toMatchObject({ provider_id: "pp_system_default", reference: null })
      })

      it("finds the checkout an order belongs to, for the order page's widget", async () => {
        for (const orderId of [transfer.parent_order_id, transfer.orders[0].id]) {
          const { order_groups } = await search(`order_id=${orderId}`)
          expect(order_groups.map((g: any) => g.id)).toEqual([transfer.id])
        }
      })

      it("lists every checkout newest first, paged", async () => {
        const { order_groups, count } = await search("limit=1")
        expect(count).toBe(2)
        expect(order_groups.map((g: any) => g.id)).toEqual([cod.id])
        const { order_groups: next } = await search("limit=1&offset=1")
        expect(next.map((g: any) => g.id)).toEqual([transfer.id])
      })

      it("finds nothing for a reference, number or e-mail no checkout has", async () => {
        for (const q of ["OCOPZZZZZZZZ", "999999", "nobody@example.vn"]) {
          expect(await search(`q=${q}`)).toMatchObject({ order_groups: [], count: 0 })
        }
      })

      it("answers 400 naming the field for a q that is no reference, number or e-mail, or a bad page", async () => {
        for (const q of ["hoa tran", "OCOP123", "12a", ""]) {
          const bad = await call(api.get(`/admin/ocop/order-groups?q=${encodeURIComponent(q)}`, admin))
          expect(bad.status).toBe(400)
          expect(bad.data.message).toMatch(/^q /)
        }
        const limit = await call(api.get("/admin/ocop/order-groups?limit=500", admin))
        expect(limit.status).toBe(400)
        expect(limit.data.message).toBe("limit must be between 1 and 50")
        const orderId = await call(api.get("/admin/ocop/order-groups?order_id=ordgrp_1", admin))
        expect(orderId.status).toBe(400)
        expect(orderId.data.message).toMatch(/^order_id /)
      })
    })

    describe("POST /admin/ocop/bank-statements", () => {
      const statementFor = (group: any) => {
        const line = `01/12/2026;${Number(group.total).toLocaleString("vi-VN")};CK ${group.payment.bank_transfer.reference}`
        return ["Ngày giao dịch;Số tiền;Nội dung", line].join("\n")
      }

      it("answers 401 without the admin's token and captures nothing", async () => {
        expect(
          (await call(api.post("/admin/ocop/bank-statements", { csv: statementFor(transfer) }, store))).status
        ).toBe(401)
        const {
          order_groups: [group],
        } = await search(`q=${transfer.payment.bank_transfer.reference}`)
        expect(group.payment_status).toBe("authorized")
      })

      it("a matched line makes the checkout paid where the office searches it", async () => {
        const { data } = await api.post("/admin/ocop/bank-statements", { csv: statementFor(transfer) }, admin)
        expect(data.matched.map((m: any) => m.reference)).toEqual([transfer.payment.bank_transfer.reference])
        const {
          order_groups: [group],
        } = await search(`q=${transfer.payment.bank_transfer.reference}`)
        expect(group).toMatchObject({
          payment_status: "captured",
          payment: { captured_amount: Number(transfer.total) },
        })
      })
    })
  },
})
