"use client"

import { useEffect, useRef, type ReactNode } from "react"

type StepHeadingProps = {
  id: string
  className: string
  /** The buyer has just arrived at this step (saved the one before, or came back to change it). */
  focusOnArrival: boolean
  children: ReactNode
}

/**
 * A checkout step's heading. Each step is saved by a server action that redirects to the next, so
 * without this the browser leaves focus nowhere and the page at its top; the new step's heading
 * takes focus instead, and a screen reader reads where the buyer now is.
 */
export function StepHeading({ id, className, focusOnArrival, children }: StepHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (focusOnArrival) heading.current?.focus()
  }, [focusOnArrival])

  return (
    <h2 id={id} ref={heading} tabIndex={focusOnArrival ? -1 : undefined} className={className}>
      {children}
    </h2>
  )
}
