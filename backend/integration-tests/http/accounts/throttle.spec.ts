import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { setupSeededMarketplace } from "../../utils/marketplace"

const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX
process.env.STOREFRONT_URL = "http://shop.example.vn"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
    }, 360_000)

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    let serial = 0
    const newEmail = (name: string) => `${name}-${Date.now()}-${serial++}@example.vn`
    // The counters live as long as the app, not the database snapshot: each test comes from its own addresses.
    let lastIp = 0
    const newIp = () => `198.51.100.${++lastIp}`
    // Medusa trusts one proxy: the address it forwarded for is the client's.
    const from = (ip: string, headers: Record<string, string> = {}): Headers => ({
      headers: { ...headers, "x-forwarded-for": ip },
    })

    const signIn = (email: string, password: string, ip: string) =>
      failure(api.post("/auth/customer/emailpass", { email, password }, from(ip)))
    async function register(email: string, ip: string, password = "mat-khau-123") {
      const {
        data: { token },
      } = await api.post("/auth/customer/emailpass/register", { email, password }, from(ip))
      await api.post(
        "/store/customers",
        { email, first_name: "Lan" },
        from(ip, { ...store.headers, authorization: `Bearer ${token}` })
      )
    }
    /** The finished e-mails to `to` in the outbox. */
    const mailsTo = (to: string) =>
      fs
        .readdirSync(OUTBOX)
        .filter((f) => f.endsWith(".json"))
        .map((f) => JSON.parse(fs.readFileSync(path.join(OUTBOX, f), "utf8")))
        .filter((mail) => mail.to === to)
    /** Waits until `count` e-mails to `to` have arrived, then a little longer to see that no more come. */
    async function settledMailsTo(to: string, count: number) {
      await vi.waitFor(() => expect(mailsTo(to).length).toBeGreaterThanOrEqual(count), {
        timeout: 10_000,
        interval: 100,
      })
      await new Promise((r) => setTimeout(r, 1_500))
      return mailsTo(to)
    }
    const expectTooMany = (answer: any, maxSeconds: number) => {
      expect(answer.status).toBe(429)
      const retryAfter = Number(answer.headers["retry-after"])
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(maxSeconds)
      expect(answer.data).toMatchObject({
        type: "too_many_requests",
        code: "too_many_attempts",
        retry_after: retryAfter,
      })
      expect(answer.data.message).toMatch(/^Too many attempts: try again in \d+ minute/)
    }

    describe("POST /auth/customer/emailpass", () => {
      it("answers the 6th wrong password for an account with 429 and Retry-After, then the right one too; another account and IP sign in", async () => {
        const email = newEmail("target")
        const ip = newIp()
        await register(email, ip)
        for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong-${i}-password`, ip)).status).toBe(401)
        expectTooMany(await signIn(email, "wrong-again-123", ip), 15 * 60)
        // The owner, even with the right password and from elsewhere, waits for the window to pass.
        expectTooMany(await signIn(email, "mat-khau-123", newIp()), 15 * 60)
        const other = newEmail("bystander")
        const otherIp = newIp()
        await register(other, otherIp)
        expect((await signIn(other, "mat-khau-123", otherIp)).status).toBe(200)
        // The attacker's address is not spent by one account's failures either.
        expect((await signIn(other, "mat-khau-123", ip)).status).toBe(200)
      })

      it("counts only failures: a sign-in clears its account's count, which starts again from zero", async () => {
        const email = newEmail("forgetful")
        const ip = newIp()
        await register(email, ip)
        for (let i = 0; i < 4; i++) expect((await signIn(email, `wrong-${i}-password`, ip)).status).toBe(401)
        expect((await signIn(email, "mat-khau-123", ip)).status).toBe(200)
        for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong-${i}-password`, ip)).status).toBe(401)
        expectTooMany(await signIn(email, "mat-khau-123", ip), 15 * 60)
      })

      it("answers 429 to an IP after 20 failures across accounts, also for the producer and admin sign-ins", async () => {
        const ip = newIp()
        for (let i = 0; i < 20; i++) expect((await signIn(newEmail("guess"), "mat-khau-123", ip)).status).toBe(401)
        expectTooMany(await signIn(newEmail("guess"), "mat-khau-123", ip), 15 * 60)
        for (const actor of ["producer", "user"]) {
          expectTooMany(
            await failure(
              api.post(`/auth/${actor}/emailpass`, { email: newEmail("guess"), password: "mat-khau-123" }, from(ip))
            ),
            15 * 60
          )
        }
        expect((await signIn(newEmail("guess"), "mat-khau-123", newIp())).status).toBe(401)
      })
    })

    describe("POST /auth/customer/emailpass/reset-password", () => {
      it("sends at most 3 reset e-mails an hour to one account; the 4th request gets 429 and sends nothing", async () => {
        const email = newEmail("reset")
        await register(email, newIp())
        for (let i = 0; i < 3; i++) {
          const { status } = await api.post(
            "/auth/customer/emailpass/reset-password",
            { identifier: email },
            from(newIp())
          )
          expect(status).toBe(201)
        }
        const refused = await failure(
          api.post("/auth/customer/emailpass/reset-password", { identifier: email.toUpperCase() }, from(newIp()))
        )
        expectTooMany(refused, 60 * 60)
        expect((await settledMailsTo(email, 3)).length).toBe(3)
      })

      it("answers 429 to an IP after 10 reset requests for any e-mails", async () => {
        const ip = newIp()
        for (let i = 0; i < 10; i++) {
          expect(
            (await api.post("/auth/customer/emailpass/reset-password", { identifier: newEmail("who") }, from(ip)))
              .status
          ).toBe(201)
        }
        expectTooMany(
          await failure(api.post("/auth/customer/emailpass/reset-password", { identifier: newEmail("who") }, from(ip))),
          60 * 60
        )
      })
    })

    describe("registration", () => {
      it("refuses an e-mail that has an account with the same generic answer as /store/customers, and tells only its owner", async () => {
        const email = newEmail("owner")
        await register(email, newIp())
        const again = await failure(
          api.post("/auth/customer/emailpass/register", { email, password: "another-pass-9" }, from(newIp()))
        )
        expect(again.status).toBe(401)
        expect(again.data).toEqual({
          type: "unauthorized",
          code: "registration_refused",
          message: "Registration refused: if this e-mail already has an account, sign in or reset its password",
        })
        expect(JSON.stringify(again.data)).not.toMatch(/exists/i)

        // A fresh registration token naming the taken e-mail on its customer gets the same sentence.
        const ip = newIp()
        const {
          data: { token },
        } = await api.post(
          "/auth/customer/emailpass/register",
          { email: newEmail("fresh"), password: "mat-khau-123" },
          from(ip)
        )
        const profile = await failure(
          api.post(
            "/store/customers",
            { email, first_name: "Mallory" },
            from(ip, { ...store.headers, authorization: `Bearer ${token}` })
          )
        )
        expect(profile.status).toBeGreaterThanOrEqual(400)
        expect(profile.data.message).toBe(again.data.message)

        const [notice] = await settledMailsTo(email, 1)
        expect(mailsTo(email).filter((mail) => mail.template === "customer-registration-attempt")).toHaveLength(1)
        expect(notice.subject).toBe("Có người vừa thử đăng ký Chợ OCOP bằng e-mail của bạn")
        expect(notice.data).toEqual({
          sign_in_url: "http://shop.example.vn/vi/account/sign-in",
          forgot_password_url: "http://shop.example.vn/vi/account/forgot-password",
        })
        // A second try within the hour writes no second letter.
        await failure(
          api.post("/auth/customer/emailpass/register", { email, password: "third-pass-99" }, from(newIp()))
        )
        expect(
          (await settledMailsTo(email, 1)).filter((mail) => mail.template === "customer-registration-attempt")
        ).toHaveLength(1)
      })

      it("answers 429 to the 51st registration from one IP in an hour, and to its customer profile", async () => {
        const ip = newIp()
        for (let i = 0; i < 50; i++) {
          expect(
            (
              await api.post(
                "/auth/customer/emailpass/register",
                { email: newEmail("bulk"), password: "mat-khau-123" },
                from(ip)
              )
            ).status
          ).toBe(200)
        }
        expectTooMany(
          await failure(
            api.post(
              "/auth/customer/emailpass/register",
              { email: newEmail("bulk"), password: "mat-khau-123" },
              from(ip)
            )
          ),
          60 * 60
        )
        const {
          data: { token },
        } = await api.post(
          "/auth/customer/emailpass/register",
          { email: newEmail("elsewhere"), password: "mat-khau-123" },
          from(newIp())
        )
        const profile = await failure(
          api.post(
            "/store/customers",
            { email: newEmail("bulk"), first_name: "Bot" },
            from(ip, { ...store.headers, authorization: `Bearer ${token}` })
          )
        )
        expectTooMany(profile, 60 * 60)
      })
    })

    describe("an e-mail is checked as an e-mail", () => {
      it.each([
        ["/auth/customer/emailpass", { email: "lan-at-example", password: "mat-khau-123" }, /^email/],
        ["/auth/customer/emailpass", { email: "lan\u0000@example.vn", password: "mat-khau-123" }, /^email/],
        ["/auth/customer/emailpass", { email: "lan@example.vn" }, /^password/],
        ["/auth/producer/emailpass/register", { email: "lan@", password: "mat-khau-123" }, /^email/],
        ["/auth/customer/emailpass/reset-password", { identifier: "not an e-mail" }, /^identifier/],
        ["/auth/customer/emailpass/update", { email: 42, password: "mat-khau-123" }, /^email/],
      ])("POST %s with %j answers 400 naming the field", async (route, body, field) => {
        const { status, data } = await failure(api.post(route, body, from(newIp())))
        expect(status).toBe(400)
        expect(data.message).toMatch(field)
        expect(data.message).not.toMatch(/select|insert|from "|provider_identity/i)
      })
    })
  },
})
