import type { ReactNode } from "react"
import "./globals.css"

// The document (<html lang>) is rendered by app/[locale]/layout.tsx; this root layout exists
// so that app/not-found.tsx can answer URLs outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
