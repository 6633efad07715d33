import { notFound } from "next/navigation"

export const dynamic = "force-dynamic"

// Unknown paths under a locale get the localized not-found page of app/[locale]/not-found.tsx.
export default function UnknownPage() {
  notFound()
}
