"use client"

import { PageError } from "@/components/feedback/page-error"

export default function LocaleError({ retry }: { error: unknown; retry: () => void }) {
  return <PageError onRetry={retry} />
}
