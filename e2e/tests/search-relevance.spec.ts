import { expect, test } from "../fixtures"

// Vietnamese as typed (issue 21): a typo within one edit in a word of five letters or more, and
// "Có phải bạn muốn tìm …" when a query finds nothing. The catalogue's own products, from the seed.

test("a search with a typo ('arabika') finds the Arabica coffees", async ({ catalogue }) => {
  await catalogue.open()
  await catalogue.search("arabika")
  await expect(catalogue.page).toHaveURL(/[?&]q=arabika/)
  await expect(catalogue.resultsBusy()).toHaveCount(0)
  await expect(catalogue.resultCards().first()).toContainText("Arabica")
})

test("a query with no result offers 'Có phải bạn muốn tìm', and following it by keyboard finds products", async ({
  catalogue,
  page,
}) => {
  // "pheee" is two edits from "phê": beyond typo tolerance, so nothing is found, but the words are near "cà phê".
  await catalogue.open("q=ca+pheee")
  await expect(catalogue.resultCards()).toHaveCount(0)
  const offer = catalogue.emptyNotice().getByRole("link", { name: "cà phê" })
  await expect(catalogue.emptyNotice()).toContainText("Có phải bạn muốn tìm: cà phê")
  await offer.focus()
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(/\/vi\/products\?q=c%C3%A0\+ph%C3%AA$/)
  await expect(catalogue.resultsBusy()).toHaveCount(0)
  await expect(catalogue.resultCards().first()).toContainText("Cà phê")
  await expect(catalogue.emptyNotice()).toHaveCount(0)
})

test("en: the same offer reads 'Did you mean'", async ({ catalogue: base }) => {
  const catalogue = base.inLocale("en")
  await catalogue.open("q=ca+pheee")
  await expect(catalogue.emptyNotice()).toContainText("Did you mean: cà phê")
  await expect(catalogue.emptyNotice().getByRole("link", { name: "cà phê" })).toHaveAttribute(
    "href",
    /\/en\/products\?q=c%C3%A0\+ph%C3%AA$/
  )
})
