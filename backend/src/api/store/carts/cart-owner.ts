import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { mayRead } from "../../../lib/buyer-privacy"
import { ERROR_CODES } from "../../../lib/error-codes"

// Guests too: `auth_context` is there only when a customer is signed in.
type MaybeSignedIn = MedusaRequest & { auth_context?: { actor_id?: string } }
type Owner = { customer_id?: string | null; customer?: { has_account?: boolean | null } | null }

const notFound = (cartId: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `cart: no cart with id ${cartId}`)

/**
 * A registered customer's cart is that customer's alone, as its orders are; a guest's (no customer,
 * or the guest customer Medusa makes from its e-mail) is usable by whoever holds its unguessable id.
 */
const answersTo = (cart: Owner, actorId: string | undefined) =>
  mayRead({ customer_id: cart.customer_id, has_account: cart.customer?.has_account }, actorId)

async function cartOwner(container: MedusaContainer, cartId: string) {
  const {
    data: [cart],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: cartId },
  })
  return cart as Owner | undefined
}

/** Every /store/carts/:id… route: a missing cart or another customer's is unknown here (404), never readable or changeable. */
export async function onlyItsCustomer(req: MaybeSignedIn, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cart = await cartOwner(req.scope, req.params.id)
    // A missing cart is a 404 here too: some of Medusa's cart flows read it without checking (a 500).
    if (!cart || !answersTo(cart, req.auth_context?.actor_id)) return next(notFound(req.params.id))
    next()
  } catch (error) {
    next(error)
  }
}

/** A payment collection is its cart's: POST /store/payment-collections names the cart, a session the collection. */
export async function onlyItsCustomersPayment(req: MaybeSignedIn, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const actorId = req.auth_context?.actor_id
    if (req.params.id) {
      const {
        data: [collection],
      } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "payment_collection",
        fields: ["id", "cart.customer_id", "cart.customer.has_account"],
        filters: { id: req.params.id },
      })
      const cart = (collection as { cart?: Owner | null } | undefined)?.cart
      if (cart && !answersTo(cart, actorId)) {
        return next(
          new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `payment_collection: no payment collection with id ${req.params.id}`
          )
        )
      }
      return next()
    }
    const cartId = (req.body as { cart_id?: unknown } | undefined)?.cart_id
    const cart = typeof cartId === "string" ? await cartOwner(req.scope, cartId) : undefined
    if (cart && !answersTo(cart, actorId))
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: no cart with id ${cartId}`))
    next()
  } catch (error) {
    next(error)
  }
}

/** A cart named in the body (`cart_id`) that is another customer's is unknown here (404), as in a path. */
export async function onlyItsCustomersBodyCart(req: MaybeSignedIn, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cartId = (req.validatedBody as { cart_id?: unknown } | undefined)?.cart_id
    const cart = typeof cartId === "string" ? await cartOwner(req.scope, cartId) : undefined
    if (!cart || !answersTo(cart, req.auth_context?.actor_id))
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: no cart with id ${String(cartId)}`))
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * An e-mail that has an account is used only signed in as that account: given to a cart without
 * a customer, Medusa hands the cart, and then its order, to the account, which would plant a
 * stranger's order in its history and lock the guest out of the cart it was filling.
 */
export async function accountEmailOnlySignedIn(req: MaybeSignedIn, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const email = (req.body as { email?: unknown } | undefined)?.email
    if (typeof email !== "string" || !email) return next()
    const accounts = await req.scope
      .resolve(Modules.CUSTOMER)
      .listCustomers({ email: [...new Set([email, email.toLowerCase()])], has_account: true }, { select: ["id"] })
    if (accounts.length && !accounts.some((account) => account.id === req.auth_context?.actor_id)) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `email: ${email} belongs to an account; sign in to check out with it`,
          ERROR_CODES.emailHasAccount
        )
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}
