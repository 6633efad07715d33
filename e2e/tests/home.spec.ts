import type { APIRequestContext, Page } from "@playwright/test"
import { backendUrl, expect, publishableKey, test } from "../fixtures"
import { HomePage } from "../pages/home-page"

/** How many products the backend's own search counts for `filters` (POST /store/search). */
async function countOf(request: APIRequestContext, filters: Record<string, unknown>) {
  const response = await request.post(`${backendUrl}/store/search`, {
    headers: { "x-publishable-api-key": publishableKey(), connection: "close" },
    data: { entity: "product", filters, search_options: { count: "exact" }, pagination: { take: 0 } },
  })
  expect(response.status()).toBe(200)
  return (await response.json()).results[0].metadata.count as number
}

const DRINKS = { group: "II", name: "Đồ uống", slug: "do-uong" }
const PROVINCE = { code: "66", name: "Đắk Lắk" }
const DISTRICT = { name: "Huyện Cư M'gar", path: "/vi/districts/dak-lak/huyen-cu-m-gar" }

/** Every product card's image of a star section, scrolled to so that a lazy one loads too. */
async function loadCardImages(home: HomePage, stars: number) {
  const images = home.section(home.labels.stars(stars)).locator("article img")
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() =>
        image.evaluate(
          (element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth
        )
      )
      .toBeGreaterThan(0)
  }
  return images
}

/** Which files the page asked the backend's file store for. */
function requestedFiles(page: Page) {
  const urls = new Set<string>()
  page.on("request", (request) => {
    if (request.resourceType() === "image") urls.add(request.url())
  })
  return urls
}

test("a group tile shows its live count and leads to that group's catalogue, by keyboard", async ({
  home,
  catalogue,
  page,
  request,
}) => {
  const count = await countOf(request, { product_group: DRINKS.group })
  expect(count).toBeGreaterThan(0)
  await home.open()

  await test.step("search box first, then the six groups with their counts", async () => {
    await expect(home.searchBox()).toBeVisible()
    await expect(home.groupTiles()).toHaveCount(6)
    await expect(home.groupTile(DRINKS.name, count)).toBeVisible()
  })

  await test.step("Enter on the tile opens the catalogue of that group, with the same count", async () => {
    await home.groupTile(DRINKS.name, count).focus()
    await page.keyboard.press("Enter")
    await expect(page).toHaveURL(new RegExp(`/vi/groups/${DRINKS.slug}$`))
    await expect(catalogue.resultCount()).toHaveText(`${count} sản phẩm`)
    await expect(catalogue.resultCards().first()).toBeVisible()
  })
})

test("★5 and ★4 rows show products of exactly those stars; the search box opens the catalogue", async ({
  home,
  catalogue,
  page,
  request,
}) => {
  await home.open()
  const fiveStars = await countOf(request, { stars: { $gte: 5 }, in_stock: true })
  await expect(home.starredCards(5)).toHaveCount(Math.min(8, fiveStars))
  for (const card of await home.starredCards(5).all()) await expect(card).toContainText("5 sao")
  await expect(home.starredCards(4)).toHaveCount(8)
  for (const card of await home.starredCards(4).all()) await expect(card).toContainText("4 sao")
  await expect(home.section(home.labels.stories).getByRole("article").first()).toBeVisible()

  await home.searchBox().fill("ca phe")
  await home.searchBox().press("Enter")
  await expect(page).toHaveURL(/\/vi\/products\?q=ca(\+|%20)phe$/)
  await expect(catalogue.resultCount()).toHaveText(`${await countOf(request, { q: "ca phe" })} sản phẩm`)
})

test.describe("on a phone (360 × 740)", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true })

  test("a district tile leads to that former district's catalogue, which shows its products and count", async ({
    home,
    catalogue,
    page,
    request,
  }) => {
    const count = await countOf(request, { province_code: PROVINCE.code, former_district: DISTRICT.name })
    expect(count).toBeGreaterThan(0)
    await home.open()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    const link = home.districtLink(PROVINCE.name, DISTRICT.name, count)
    await link.scrollIntoViewIfNeeded()
    await link.tap()
    await expect(page).toHaveURL(new RegExp(`${DISTRICT.path}$`))
    await expect(page.getByRole("heading", { level: 1 })).toContainText(DISTRICT.name)
    await expect(catalogue.resultCount()).toHaveText(`${count} sản phẩm`)
    for (const card of await catalogue.resultCards().all()) await expect(card).toContainText(DISTRICT.name)
  })

  test("a group tile leads to that group's catalogue", async ({ home, catalogue, page, request }) => {
    const count = await countOf(request, { product_group: DRINKS.group })
    await home.open()
    await home.groupTile(DRINKS.name, count).tap()
    await expect(page).toHaveURL(new RegExp(`/vi/groups/${DRINKS.slug}$`))
    await expect(catalogue.resultCount()).toHaveText(`${count} sản phẩm`)
  })

  test("a 104 px card loads the 320 px copy, never the 640 or 1280 px one (home and catalogue)", async ({
    home,
    catalogue,
    page,
  }) => {
    const requested = requestedFiles(page)
    await home.open()
    const images = await loadCardImages(home, 4)
    expect(await images.first().evaluate((image) => image.getBoundingClientRect().width)).toBe(104)
    const chosen = await home.chosenImages(4)
    expect(chosen).toHaveLength(8)
    for (const src of chosen) expect(src).toMatch(/-320\.webp$/)
    // Only the first row (★5) loads at once; the rest wait until they near the screen.
    await expect(home.section(home.labels.stars(5)).locator("article img").first()).toHaveAttribute("loading", "eager")
    await expect(images.first()).toHaveAttribute("loading", "lazy")

    const larger = (await images.evaluateAll((elements) =>
      elements.flatMap((element) =>
        (element as HTMLImageElement).srcset
          .split(", ")
          .map((candidate) => candidate.split(" "))
          .filter(([, width]) => width !== "320w")
          .map(([url]) => new URL(url, document.baseURI).href)
      )
    )) as string[]
    expect(larger.length).toBeGreaterThan(0)
    for (const url of larger) expect(requested.has(url), url).toBe(false)

    await catalogue.open()
    const first = catalogue.resultCards().first().getByRole("img")
    await expect.poll(() => first.evaluate((image) => (image as HTMLImageElement).currentSrc)).toMatch(/-320\.webp$/)
  })
})

test.describe("on a phone with a 3× screen", () => {
  test.use({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 3 })

  test("a 104 px card (312 device pixels) still takes the 320 px copy", async ({ home }) => {
    await home.open()
    await loadCardImages(home, 5)
    const chosen = await home.chosenImages(5)
    expect(chosen.length).toBeGreaterThan(0)
    for (const src of chosen) expect(src).toMatch(/-320\.webp$/)
  })
})

test("in English the blocks keep their links and counts", async ({ page, request }) => {
  const home = new HomePage(page, "en")
  const count = await countOf(request, { province_code: PROVINCE.code, former_district: DISTRICT.name })
  await home.open()
  await expect(home.districtLink(PROVINCE.name, DISTRICT.name, count)).toHaveAttribute(
    "href",
    "/en/districts/dak-lak/huyen-cu-m-gar"
  )
  await expect(home.groupTiles()).toHaveCount(6)
})
