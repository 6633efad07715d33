import type { ReactNode } from "react"
import { ClientMessages } from "@/components/layout/client-messages"

// A personal page: the pad and the upload word their answers from the BulkOrder and Cart namespaces.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>
}
