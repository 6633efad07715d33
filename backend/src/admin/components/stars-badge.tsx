import { Badge } from "@medusajs/ui"

/** ★★★★ read out as "4 sao OCOP". */
export const StarsBadge = ({ stars, size = "small" }: { stars: number; size?: "2xsmall" | "small" | "base" }) => (
  <Badge
    color="orange"
    size={size}
    role="img"
    aria-label={`${stars} sao OCOP`}
    title={`${stars} sao OCOP (${stars}-star)`}
  >
    <span aria-hidden className="tracking-wider">
      {"★".repeat(stars)}
    </span>
  </Badge>
)
