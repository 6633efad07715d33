// The completion route's re-check reads the cart-line rules from here; they live in lib/cart-lines,
// beside the check the cart workflows' hooks run on every change.
export { linesOutsideLimits, shortItems } from "../../../lib/cart-lines"
