import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setupMarketplace } from "../../../src/scripts/setup"
import { COMPANY_MODULE } from "../../../src/modules/company"
import { setProductsProducerWorkflow } from "../../../src/workflows/producer/workflows/set-products-producer"
import { BUYER_ADDRESS } from "../../utils/checkout"
import { bearer, freshTaxCode, signUpApprovedProducer } from "../../utils/producer-portal"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    let store: Headers
    let regionId: string
    let salesChannelId: string
    let wholesaleGroupId: string
    // Two approved producers, each signed in to the portal, each with one 100.000 ₫ product.
    let producer: { id: string; token: string; productId: string; variantId: string }
    let other: { id: string; token: string; productId: string; variantId: string }

    async function producerWithProduct(title: string) {
      const container = getContainer()
      const signedUp = await signUpApprovedProducer(api, container)
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title,
              handle: `${title.toLowerCase().replace(/[^a-z]+/g, "-")}-${Date.now()}`,
              status: ProductStatus.PUBLISHED,
              sales_channels: [{ id: salesChannelId }],
              options: [{ title: "Quy cách", values: ["Hộp 500 g"] }],
              variants: [
                {
                  title: "Hộp 500 g",
                  manage_inventory: false,
                  options: { "Quy cách": "Hộp 500 g" },
                  prices: [{ currency_code: "vnd", amount: 100000 }],
                },
              ],
            },
          ],
        },
      })
      await setProductsProducerWorkflow(container).run({
        input: { producer_id: signedUp.producer.id, product_ids: [result[0].id] },
      })
      return {
        id: signedUp.producer.id as string,
        token: signedUp.token,
        productId: result[0].id,
        variantId: result[0].variants[0].id,
      }
    }

    beforeAll(async () => {
      const setup = await setupMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      salesChannelId = setup.salesChannelId
      wholesaleGroupId = setup.wholesaleGroupId
      producer = await producerWithProduct("Mien dong Tay Ninh")
      other = await producerWithProduct("Che Thai Nguyen")
    }, 300_000)

    let serial = 0
    /** A signed-in customer; with `company`, staff of a company in that status (verified ones join the wholesale group). */
    async function customer(company?: "verified" | "pending"): Promise<Headers & { customerId: string }> {
      serial += 1
      const email = `buyer-${Date.now()}-${serial}@example.vn`
      const password = "mat-khau-123"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
      const {
        data: { customer: created },
      } = await api.post(
        "/store/customers",
        { email, first_name: "Lan", last_name: "Nguyễn" },
        { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
      )
      if (company) {
        const companies = getContainer().resolve(COMPANY_MODULE) as any
        const [row] = await companies.createCompanies([
          {
            legal_name: `Siêu thị Test ${serial}`,
            tax_code: freshTaxCode(),
            buyer_type: "supermarket",
            phone: "0912345678",
            invoice_email: email,
            invoice_street: "12 Trần Phú",
            invoice_province_code: "11",
            invoice_commune_code: "03127",
            status: company,
          },
        ])
        await companies.createCompanyStaffs([{ company_id: row.id, customer_id: created.id, email, role: "admin" }])
        if (company === "verified") {
          await getContainer()
            .resolve(Modules.CUSTOMER)
            .addCustomerToGroup({ customer_id: created.id, customer_group_id: wholesaleGroupId })
        }
      }
      const { data } = await api.post("/auth/customer/emailpass", { email, password })
      return { headers: { ...store.headers, authorization: `Bearer ${data.token}` }, customerId: created.id }
    }

    const setTiers = (token: string, productId: string, variants: unknown[]) =>
      call(api.post(`/producer/products/${productId}/wholesale`, { variants }, bearer(token)))
    const tiersFrom10And50 = (variantId: string, terms: Record<string, number> = {}) => [
      {
        variant_id: variantId,
        tiers: [
          { min_quantity: 50, amount: 80000 },
          { min_quantity: 10, amount: 90000 },
        ],
        ...terms,
      },
    ]
    /** The variant's prices in any price list, as the pricing module holds them. */
    const listPrices = async (variantId: string) => {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: ["price_set.id"],
        filters: { id: variantId },
      })
      const prices = await getContainer()
        .resolve(Modules.PRICING)
        .listPrices({ price_set_id: [(data[0] as any).price_set.id] })
      return (prices as any[])
        .filter((price) => price.price_list_id)
        .map((price) => ({
          amount: Number(price.amount),
          min: price.min_quantity == null ? null : Number(price.min_quantity),
          max: price.max_quantity == null ? null : Number(price.max_quantity),
        }))
        .sort((a, b) => a.min - b.min)
    }

    /** The unit price the cart itself charges for `quantity` of the variant, read back from GET /store/carts/:id. */
    async function cartUnitPrice(buyer: Headers, variantId: string, quantity: number) {
      const {
        data: { cart },
      } = await api.post("/store/carts", { region_id: regionId }, buyer)
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity }, buyer)
      const {
        data: { cart: read },
      } = await api.get(`/store/carts/${cart.id}?fields=*items`, buyer)
      return Number(read.items[0].unit_price)
    }

    describe("POST /producer/products/:id/wholesale", () => {
      it("stores the tiers as prices of the producer's one wholesale price list for the wholesale group, and the terms in metadata", async () => {
        const response = await setTiers(
          producer.token,
          producer.productId,
          tiersFrom10And50(producer.variantId, { min_quantity: 10, case_pack: 5 })
        )
        expect(response.status).toBe(200)
        expect(response.data.wholesale.variants).toEqual([
          {
            variant_id: producer.variantId,
            title: "Hộp 500 g",
            sku: null,
            retail_price: 100000,
            min_quantity: 10,
            case_pack: 5,
            tiers: [
              { min_quantity: 10, max_quantity: 49, amount: 90000 },
              { min_quantity: 50, max_quantity: null, amount: 80000 },
            ],
          },
        ])
        expect(await listPrices(producer.variantId)).toEqual([
          { amount: 90000, min: 10, max: 49 },
          { amount: 80000, min: 50, max: null },
        ])
        const {
          data: [row],
        } = await query().graph({
          entity: "producer",
          fields: ["price_list.id", "price_list.status"],
          filters: { id: producer.id },
        })
        expect((row as any).price_list.status).toBe("active")
        const [list] = await getContainer()
          .resolve(Modules.PRICING)
          .listPriceLists({ id: [(row as any).price_list.id] }, { relations: ["price_list_rules"] })
        expect(JSON.stringify(list)).toContain(wholesaleGroupId)
        // Setting them again replaces the tiers in the same list.
        const again = await setTiers(producer.token, producer.productId, [
          { variant_id: producer.variantId, tiers: [{ min_quantity: 20, amount: 85000 }] },
        ])
        expect(again.status).toBe(200)
        expect(await listPrices(producer.variantId)).toEqual([{ amount: 85000, min: 20, max: null }])
        const lists = await getContainer().resolve(Modules.PRICING).listPriceLists({})
        expect(lists.filter((list) => list.id === (row as any).price_list.id)).toHaveLength(1)
        // The portal's listing still shows the retail price.
        const { data } = await api.get(`/producer/products/${producer.productId}`, bearer(producer.token))
        expect(data.product.variants[0].price).toBe(100000)
      })

      it("keeps the tiers when the producer changes the retail price, and the portal shows the new one", async () => {
        await setTiers(producer.token, producer.productId, tiersFrom10And50(producer.variantId))
        const { status } = await api.post(
          `/producer/products/${producer.productId}/variants/${producer.variantId}`,
          { price: 120000 },
          bearer(producer.token)
        )
        expect(status).toBe(200)
        expect(await listPrices(producer.variantId)).toEqual([
          { amount: 90000, min: 10, max: 49 },
          { amount: 80000, min: 50, max: null },
        ])
        const { data } = await api.get(`/producer/products/${producer.productId}/wholesale`, bearer(producer.token))
        expect(data.wholesale.variants[0].retail_price).toBe(120000)
      })

      it("refuses a tier from 1 unit, naming the field, and changes nothing", async () => {
        await setTiers(producer.token, producer.productId, tiersFrom10And50(producer.variantId))
        const { status, data } = await setTiers(producer.token, producer.productId, [
          { variant_id: producer.variantId, tiers: [{ min_quantity: 1, amount: 90000 }] },
        ])
        expect(status).toBe(400)
        expect(data.message).toMatch(/^variants\.0\.tiers\.0\.min_quantity: /)
        expect(await listPrices(producer.variantId)).toEqual([
          { amount: 90000, min: 10, max: 49 },
          { amount: 80000, min: 50, max: null },
        ])
      })

      it("refuses a tier priced above the retail price, naming the field, and changes nothing", async () => {
        await setTiers(producer.token, producer.productId, tiersFrom10And50(producer.variantId))
        const { status, data } = await setTiers(producer.token, producer.productId, [
          {
            variant_id: producer.variantId,
            tiers: [
              { min_quantity: 10, amount: 90000 },
              { min_quantity: 50, amount: 100001 },
            ],
            case_pack: 6,
          },
        ])
        expect(status).toBe(400)
        expect(data.message).toMatch(/^variants\.0\.tiers\.1\.amount: 100001 is above the retail price 100000/)
        expect(await listPrices(producer.variantId)).toEqual([
          { amount: 90000, min: 10, max: 49 },
          { amount: 80000, min: 50, max: null },
        ])
        const { data: wholesale } = await api.get(
          `/producer/products/${producer.productId}/wholesale`,
          bearer(producer.token)
        )
        expect(wholesale.wholesale.variants[0].case_pack).toBe(1)
      })

      it("answers 404 for another producer's product, and for its variant in one's own product, changing nothing", async () => {
        const read = await call(api.get(`/producer/products/${other.productId}/wholesale`, bearer(producer.token)))
        expect(read.status).toBe(404)
        const write = await setTiers(producer.token, other.productId, tiersFrom10And50(other.variantId))
        expect(write.status).toBe(404)
        const mixed = await setTiers(producer.token, producer.productId, tiersFrom10And50(other.variantId))
        expect(mixed.status).toBe(404)
        expect(mixed.data.message).toMatch(/^variants\.0\.variant_id: /)
        expect(await listPrices(other.variantId)).toEqual([])
      })
    })

    describe("GET/POST /producer/wholesale-settings", () => {
      it("sets and clears the producer's minimum wholesale order value", async () => {
        const set = await api.post(
          "/producer/wholesale-settings",
          { wholesale_min_order_value: 1_000_000 },
          bearer(producer.token)
        )
        expect(set.data.settings).toEqual({ wholesale_min_order_value: 1_000_000 })
        expect((await api.get("/producer/wholesale-settings", bearer(producer.token))).data.settings).toEqual({
          wholesale_min_order_value: 1_000_000,
        })
        const cleared = await api.post(
          "/producer/wholesale-settings",
          { wholesale_min_order_value: null },
          bearer(producer.token)
        )
        expect(cleared.data.settings).toEqual({ wholesale_min_order_value: null })
      })

      it("refuses 0, naming the field, and changes nothing", async () => {
        await api.post("/producer/wholesale-settings", { wholesale_min_order_value: 500_000 }, bearer(producer.token))
        const { status, data } = await call(
          api.post("/producer/wholesale-settings", { wholesale_min_order_value: 0 }, bearer(producer.token))
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^wholesale_min_order_value/)
        const [row] = await (getContainer().resolve("producer") as any).listProducers({ id: producer.id })
        expect(row.wholesale_min_order_value).toBe(500_000)
      })
    })

    describe("the cart's unit price against tiers from 10 and from 50 units (retail 100.000 ₫)", () => {
      beforeEach(async () => {
        const { status } = await setTiers(producer.token, producer.productId, tiersFrom10And50(producer.variantId))
        expect(status).toBe(200)
      })

      it("charges a verified buyer the retail price at 9, the first tier at 10 and the second at 50", async () => {
        const buyer = await customer("verified")
        expect(await cartUnitPrice(buyer, producer.variantId, 9)).toBe(100000)
        expect(await cartUnitPrice(buyer, producer.variantId, 10)).toBe(90000)
        expect(await cartUnitPrice(buyer, producer.variantId, 50)).toBe(80000)
      })

      it("charges a consumer the retail price at 9, 10 and 50", async () => {
        const consumer = await customer()
        expect(await cartUnitPrice(consumer, producer.variantId, 9)).toBe(100000)
        expect(await cartUnitPrice(consumer, producer.variantId, 10)).toBe(100000)
        expect(await cartUnitPrice(consumer, producer.variantId, 50)).toBe(100000)
        expect(await cartUnitPrice(store, producer.variantId, 50)).toBe(100000)
      })

      it("charges the staff of a company not yet verified the retail price at 10 and 50", async () => {
        const pending = await customer("pending")
        expect(await cartUnitPrice(pending, producer.variantId, 10)).toBe(100000)
        expect(await cartUnitPrice(pending, producer.variantId, 50)).toBe(100000)
      })

      it("reprices a verified buyer's line when its quantity crosses a tier", async () => {
        const buyer = await customer("verified")
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId }, buyer)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: producer.variantId, quantity: 9 }, buyer)
        const line = async () =>
          (await api.get(`/store/carts/${cart.id}?fields=*items`, buyer)).data.cart.items[0] as any
        expect(Number((await line()).unit_price)).toBe(100000)
        await api.post(`/store/carts/${cart.id}/line-items/${(await line()).id}`, { quantity: 50 }, buyer)
        expect(Number((await line()).unit_price)).toBe(80000)
        // Adding to the line prices the merged quantity.
        await api.post(`/store/carts/${cart.id}/line-items/${(await line()).id}`, { quantity: 5 }, buyer)
        expect(Number((await line()).unit_price)).toBe(100000)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: producer.variantId, quantity: 5 }, buyer)
        expect(Number((await line()).unit_price)).toBe(90000)
      })
    })

    describe("GET /store/products/:id/wholesale-tiers", () => {
      it("shows a verified buyer the tiers, and is 404 to a consumer, a guest and a company not yet verified", async () => {
        await setTiers(producer.token, producer.productId, tiersFrom10And50(producer.variantId, { case_pack: 5 }))
        const url = `/store/products/${producer.productId}/wholesale-tiers`
        const { status, data } = await api.get(url, await customer("verified"))
        expect(status).toBe(200)
        expect(data.wholesale.variants[0]).toMatchObject({
          variant_id: producer.variantId,
          retail_price: 100000,
          case_pack: 5,
          tiers: [
            { min_quantity: 10, max_quantity: 49, amount: 90000 },
            { min_quantity: 50, max_quantity: null, amount: 80000 },
          ],
        })
        for (const caller of [await customer(), store, await customer("pending")]) {
          const refused = await call(api.get(url, caller))
          expect(refused.status).toBe(404)
          expect(JSON.stringify(refused.data)).not.toContain("90000")
        }
        // Nor does the product route give a consumer the tier price for 50 units.
        const { data: read } = await api.get(
          `/store/products/${producer.productId}?region_id=${regionId}&fields=*variants.calculated_price`,
          await customer()
        )
        expect(read.product.variants[0].calculated_price.calculated_amount).toBe(100000)
      })
    })

    describe("wholesale quantities in the cart (minimum 10, cases of 5)", () => {
      beforeEach(async () => {
        await setTiers(
          producer.token,
          producer.productId,
          tiersFrom10And50(producer.variantId, { min_quantity: 10, case_pack: 5 })
        )
      })
      const newCart = async (buyer: Headers) =>
        (await api.post("/store/carts", { region_id: regionId }, buyer)).data.cart.id as string
      const add = (buyer: Headers, cartId: string, quantity: number) =>
        call(api.post(`/store/carts/${cartId}/line-items`, { variant_id: producer.variantId, quantity }, buyer))
      const lineCount = async (cartId: string) =>
        (await getContainer().resolve(Modules.CART).listLineItems({ cart_id: cartId })).length

      it("refuses a verified buyer 7 (below the minimum) and 12 (not a case multiple), naming quantity, adding nothing", async () => {
        const buyer = await customer("verified")
        const cartId = await newCart(buyer)
        const below = await add(buyer, cartId, 7)
        expect(below.status).toBe(400)
        expect(below.data).toMatchObject({ code: "below_wholesale_minimum" })
        expect(below.data.message).toMatch(/^quantity: at least 10 per wholesale order/)
        const notCase = await add(buyer, cartId, 12)
        expect(notCase.status).toBe(400)
        expect(notCase.data).toMatchObject({ code: "not_case_multiple" })
        expect(notCase.data.message).toMatch(/^quantity: /)
        expect(await lineCount(cartId)).toBe(0)
      })

      it("lets a verified buyer order 150, beyond the consumer's 99, and refuses a change to 153", async () => {
        const buyer = await customer("verified")
        const cartId = await newCart(buyer)
        expect((await add(buyer, cartId, 150)).status).toBe(200)
        const [line] = await getContainer().resolve(Modules.CART).listLineItems({ cart_id: cartId })
        expect(Number(line.quantity)).toBe(150)
        const changed = await call(api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 153 }, buyer))
        expect(changed.status).toBe(400)
        expect(changed.data.code).toBe("not_case_multiple")
        const [after] = await getContainer().resolve(Modules.CART).listLineItems({ cart_id: cartId })
        expect(Number(after.quantity)).toBe(150)
      })

      it("keeps a consumer to the consumer's rules: 7 is fine, 150 is refused", async () => {
        const consumer = await customer()
        const cartId = await newCart(consumer)
        expect((await add(consumer, cartId, 7)).status).toBe(200)
        const over = await add(consumer, cartId, 150)
        expect(over.status).toBe(400)
        expect(over.data.message).toMatch(/^quantity/)
        const [line] = await getContainer().resolve(Modules.CART).listLineItems({ cart_id: cartId })
        expect(Number(line.quantity)).toBe(7)
      })
    })

    describe("the producer's minimum wholesale order value", () => {
      /** A verified buyer's cart of `quantity` units, with an address, the producer's delivery and cash on delivery. */
      async function readyWholesaleCart(buyer: Headers, quantity: number) {
        const {
          data: { cart },
        } = await api.post("/store/carts", { region_id: regionId }, buyer)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: producer.variantId, quantity }, buyer)
        await api.post(
          `/store/carts/${cart.id}`,
          { shipping_address: BUYER_ADDRESS, billing_address: BUYER_ADDRESS },
          buyer
        )
        const {
          data: { shipping_options },
        } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, buyer)
        const option = shipping_options.find(
          (o: any) => o.data?.producer_id === producer.id && o.type?.code === "standard"
        )
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, buyer)
        await payOnDelivery(buyer, cart.id)
        return cart.id as string
      }
      /** Cash on delivery for the cart as it stands (a change of its lines drops the payment session). */
      async function payOnDelivery(buyer: Headers, cartId: string) {
        const {
          data: { payment_collection },
        } = await api.post("/store/payment-collections", { cart_id: cartId }, buyer)
        await api.post(
          `/store/payment-collections/${payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          buyer
        )
      }

      beforeEach(async () => {
        await setTiers(
          producer.token,
          producer.productId,
          tiersFrom10And50(producer.variantId, { min_quantity: 10, case_pack: 5 })
        )
        await api.post("/producer/wholesale-settings", { wholesale_min_order_value: 1_000_000 }, bearer(producer.token))
      })

      it("shows what a producer's part lacks, blocks completion until it is met, then completes with 150 units", async () => {
        const buyer = await customer("verified")
        const cartId = await readyWholesaleCart(buyer, 10)
        const { data } = await api.get(`/store/carts/${cartId}/wholesale`, buyer)
        expect(data.wholesale).toMatchObject({
          ready: false,
          producers: [
            {
              producer: { id: producer.id },
              subtotal: 900000,
              minimum: 1_000_000,
              missing: 100000,
              problems: ["producer_minimum_not_met"],
              lines: [
                {
                  quantity: 10,
                  unit_price: 90000,
                  tier: { min_quantity: 10, amount: 90000 },
                  next_tier: { min_quantity: 50, amount: 80000 },
                  problem: null,
                },
              ],
            },
          ],
        })
        const refused = await call(api.post(`/store/ocop/carts/${cartId}/complete`, {}, buyer))
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("producer_minimum_not_met")
        expect(refused.data.message).toMatch(/^items: .+ needs 100\.000 ₫ more/)
        const [before] = await getContainer().resolve(Modules.CART).listCarts({ id: cartId })
        expect(before.completed_at).toBeNull()

        const [line] = await getContainer().resolve(Modules.CART).listLineItems({ cart_id: cartId })
        await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 150 }, buyer)
        const { data: met } = await api.get(`/store/carts/${cartId}/wholesale`, buyer)
        expect(met.wholesale).toMatchObject({
          ready: true,
          producers: [{ subtotal: 12_000_000, missing: 0, problems: [] }],
        })
        await payOnDelivery(buyer, cartId)
        const completed = await call(api.post(`/store/ocop/carts/${cartId}/complete`, {}, buyer))
        expect([completed.status, completed.data.message]).toEqual([201, undefined])
        expect(completed.data.order_group.id).toBeTruthy()
      })

      it("does not hold a consumer to the producer's wholesale minimum", async () => {
        const consumer = await customer()
        const cartId = await readyWholesaleCart(consumer, 2)
        const completed = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, consumer)
        expect(completed.status).toBe(201)
      })

      it("answers 404 for another customer's cart summary, and for a consumer's own", async () => {
        const buyer = await customer("verified")
        const cartId = await readyWholesaleCart(buyer, 10)
        expect((await call(api.get(`/store/carts/${cartId}/wholesale`, await customer("verified")))).status).toBe(404)
        const consumer = await customer()
        const consumerCart = (await api.post("/store/carts", { region_id: regionId }, consumer)).data.cart.id
        expect((await call(api.get(`/store/carts/${consumerCart}/wholesale`, consumer))).status).toBe(404)
      })
    })
  },
})
