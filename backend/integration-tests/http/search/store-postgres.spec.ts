import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { productSearchContract } from "./product-search-contract"
import { searchRelevance } from "./search-relevance"

medusaIntegrationTestRunner({
  testSuite: (options) => {
    // Registered first so the list runs on the seeded catalogue, before the contract changes it.
    searchRelevance("search-postgres", () => contract.search())
    const contract = productSearchContract(options, { name: "search-postgres", typo_tolerance: false })
  },
})
