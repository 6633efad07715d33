import { Page } from "@playwright/test"

export type Locale = "vi" | "en"

/**
 * The base of a page object whose texts come in both locales: its labels in the page's locale, the
 * page's main region, and a field found by its exact label there.
 */
export function labelledPage<Labels>(labels: Record<Locale, Labels>) {
  return class {
    constructor(
      readonly page: Page,
      readonly locale: Locale = "vi"
    ) {}

    get labels(): Labels {
      return labels[this.locale]
    }

    main() {
      return this.page.getByRole("main")
    }

    field(label: string) {
      return this.main().getByLabel(label, { exact: true })
    }
  }
}
