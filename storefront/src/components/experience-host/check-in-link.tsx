import type { ReactNode } from "react"

/**
 * A link to the check-in page that loads it as a new document: the camera is allowed by that page's
 * own Permissions-Policy header, which a client-side navigation from another page would not bring.
 */
export function CheckInLink({
  locale,
  className,
  current,
  children,
}: {
  locale: string
  className?: string
  current?: boolean
  children: ReactNode
}) {
  return (
    <a href={`/${locale}/producer/check-in`} className={className} aria-current={current ? "page" : undefined}>
      {children}
    </a>
  )
}
