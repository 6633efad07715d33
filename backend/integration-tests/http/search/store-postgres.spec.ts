import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { productSearchContract } from "./product-search-contract"

medusaIntegrationTestRunner({
  testSuite: (options) => productSearchContract(options, { name: "search-postgres", typo_tolerance: true }),
})
