import type { ReactNode } from "react"
import { ClientMessages } from "@/components/layout/client-messages"

// Personal pages: their forms word refusals from any part of the message catalogue.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>
}
