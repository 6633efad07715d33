import type { ReactNode } from "react"
import { ClientMessages } from "@/components/layout/client-messages"

// The registration form words its refusals from the Wholesale and Company namespaces.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>
}
