import { configureStoreSearch, defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminCompanyMiddlewares } from "./admin/companies/middlewares"
import { adminExperiencesMiddlewares } from "./admin/ocop/experiences/middlewares"
import { ocopAdminMiddlewares } from "./admin/ocop/middlewares"
import { reportPlansMiddlewares } from "./admin/ocop/reports/middlewares"
import { adminPromotionEventsMiddlewares } from "./admin/ocop/promotion-events/middlewares"
import { adminSalesReportMiddlewares } from "./admin/ocop/reports/sales-middlewares"
import { authThrottleMiddlewares } from "./auth/middlewares"
import { paymentHookMiddlewares } from "./hooks/payment/middlewares"
import { placeMiddlewares } from "./places-middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { producerInvoiceRequestsMiddlewares } from "./producer/invoice-requests/middlewares"
import { refuseBadInput } from "./refuse-bad-input"
import { answerError } from "./search-unavailable"
import { storeCompanyMiddlewares } from "./store/companies/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeInvoiceRequestMiddlewares } from "./store/carts/[id]/invoice-request/middlewares"
import { GetSearchTokenParams, StoreSearchText } from "./store/search/validators"
import { GetSearchSuggestionParams } from "./store/search/suggestion/validators"
import { storeShippingOptionMiddlewares } from "./store/shipping-options/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storeMyBookingsMiddlewares } from "./store/customers/me/bookings/middlewares"
import { storeProductWholesaleMiddlewares } from "./store/products/middlewares"
import { ocopStoreMiddlewares } from "./store/ocop/middlewares"
import { storeExperienceMiddlewares } from "./store/experiences/middlewares"
import { storeBulkOrderMiddlewares } from "./store/wholesale/bulk-order-middlewares"
import { adminLedgerMiddlewares } from "./admin/ledger/middlewares"
import { storeQuotesMiddlewares } from "./store/quotes/middlewares"
import { onGet, onPost, validateBody, validateQuery } from "./validate-request"

export default defineMiddlewares({
  errorHandler: answerError,
  routes: [
    // Global at "/", so it runs before every other middleware of ours and every route.
    { matcher: "/", middlewares: [refuseBadInput] },
    ...authThrottleMiddlewares,
    ...placeMiddlewares,
    ...ocopAdminMiddlewares,
    ...reportPlansMiddlewares,
    ...adminExperiencesMiddlewares,
    ...adminPromotionEventsMiddlewares,
    ...adminSalesReportMiddlewares,
    ...paymentHookMiddlewares,
    ...ocopStoreMiddlewares,
    ...storeExperienceMiddlewares,
    ...storeCartMiddlewares,
    ...storeShippingOptionMiddlewares,
    ...storeCustomerMiddlewares,
    ...storeMyBookingsMiddlewares,
    ...storeQuotesMiddlewares,
    ...producerMiddlewares,
    ...storeCompanyMiddlewares,
    ...adminCompanyMiddlewares,
    ...storeProductWholesaleMiddlewares,
    ...storeBulkOrderMiddlewares,
    ...adminLedgerMiddlewares,
    ...storeInvoiceRequestMiddlewares,
    ...producerInvoiceRequestsMiddlewares,
    // "Có phải bạn muốn tìm …": words of the published catalogue, whichever provider searches.
    {
      method: ["GET"],
      matcher: "/store/search/suggestion",
      middlewares: [validateAndTransformQuery(GetSearchSuggestionParams, {})],
    },
    // Only the product index is public; it is narrowed to published products of the key's sales channel.
    {
      matcher: "/store/search",
      middlewares: [
        onPost(validateBody(StoreSearchText)),
        configureStoreSearch({ allowed_indexes: { product: true } }),
      ],
    },
    // The direct Meilisearch path's tenant token (lib/direct-search.ts): no parameter, the key decides.
    { matcher: "/store/search/token", middlewares: [onGet(validateQuery(GetSearchTokenParams))] },
  ],
})
