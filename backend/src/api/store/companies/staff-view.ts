/** The fields of a staff member the company's staff may read. */
export const STAFF_FIELDS = ["id", "customer_id", "email", "name", "role", "monthly_spending_limit", "created_at"]

export const staffView = (staff: Record<string, unknown>) =>
  Object.fromEntries(STAFF_FIELDS.map((field) => [field, staff[field]]))
