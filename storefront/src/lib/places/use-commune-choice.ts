"use client"

import { useState, useTransition } from "react"
import { listCommunes } from "@/lib/data/places"
import type { Place } from "./types"

/**
 * A province, then one of its communes: picking a province clears the commune and loads that
 * province's communes once (the starting province's come with the page).
 */
export function useCommuneChoice(
  start: { province_code: string; commune_code: string },
  startCommunes: { province_code: string; communes: Place[] }
) {
  const [provinceCode, setProvinceCode] = useState(start.province_code)
  const [communeCode, setCommuneCode] = useState(start.commune_code)
  const [communes, setCommunes] = useState<Record<string, Place[]>>({
    [startCommunes.province_code]: startCommunes.communes,
  })
  const [loading, startLoading] = useTransition()

  function chooseProvince(code: string) {
    setProvinceCode(code)
    setCommuneCode("")
    if (!code || communes[code]) return
    startLoading(async () => {
      const list = await listCommunes(code).catch(() => [])
      setCommunes((loaded) => ({ ...loaded, [code]: list }))
    })
  }

  return { provinceCode, communeCode, setCommuneCode, chooseProvince, loading, loadedCommunes: communes[provinceCode] }
}
