"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState } from "react"
import styles from "@/components/producer-portal/portal.module.css"
import host from "./experience-host.module.css"

type Controls = { stop: () => void }

/**
 * Reads a voucher's QR with the phone's camera (@zxing/browser). The camera starts only when the
 * host asks and stops on the first code read, on "stop" and when the page is left; without a camera
 * (or without permission) the host is told so and types the code instead.
 */
export function QrScanner({ onCode }: { onCode: (text: string) => void }) {
  const t = useTranslations("HostCheckIn.scan")
  const video = useRef<HTMLVideoElement>(null)
  const controls = useRef<Controls | null>(null)
  const [scanning, setScanning] = useState(false)
  const [failed, setFailed] = useState(false)

  const stop = () => {
    controls.current?.stop()
    controls.current = null
    setScanning(false)
  }

  useEffect(() => () => controls.current?.stop(), [])

  const start = async () => {
    setFailed(false)
    if (!navigator.mediaDevices?.getUserMedia || !video.current) {
      setFailed(true)
      return
    }
    setScanning(true)
    try {
      // Loaded on demand: the reader is only needed once the host starts the camera.
      const { BrowserQRCodeReader } = await import("@zxing/browser")
      controls.current = await new BrowserQRCodeReader().decodeFromConstraints(
        { video: { facingMode: "environment" } },
        video.current,
        (result, _error, running) => {
          if (!result) return
          running.stop()
          controls.current = null
          setScanning(false)
          onCode(result.getText())
        }
      )
    } catch (error) {
      console.error("The camera could not start", error)
      controls.current = null
      setScanning(false)
      setFailed(true)
    }
  }

  return (
    <div className={styles.section}>
      <div className={styles.actions}>
        {scanning ? (
          <button type="button" className={styles.button} onClick={stop}>
            {t("stop")}
          </button>
        ) : (
          <button type="button" className={styles.button} onClick={start}>
            {t("start")}
          </button>
        )}
      </div>
      <video ref={video} className={host.video} hidden={!scanning} muted playsInline aria-label={t("video")} />
      {failed ? <p role="alert">{t("noCamera")}</p> : null}
    </div>
  )
}
