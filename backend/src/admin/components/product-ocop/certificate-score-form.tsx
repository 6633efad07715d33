import { Button, Input, Label, Text } from "@medusajs/ui"
import { useId, useState } from "react"
import { starsForScore } from "../../../modules/ocop/rules/star-bands"
import { sdk } from "../../lib/sdk"
import type { Certificate } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

/** Starts from the stored score; its parent remounts it (by key) when the stored score changes. */
export const CertificateScoreForm = ({ certificate }: { certificate: Certificate }) => {
  const [score, setScore] = useState(String(certificate.score))
  const inputId = useId()
  const updateScore = useOcopMutation(
    (score: number) =>
      sdk.client.fetch(`/admin/ocop/certificates/${certificate.id}`, { method: "POST", body: { score } }),
    "Đã lưu điểm (Score saved)"
  )
  const parsed = Number(score)
  const isValid = score !== "" && Number.isInteger(parsed) && parsed >= 0 && parsed <= 100
  const previewStars = isValid ? starsForScore(parsed) : undefined

  return (
    <form
      className="flex flex-col gap-y-2 px-6 py-4"
      onSubmit={(event) => {
        event.preventDefault()
        if (isValid) updateScore.mutate(parsed)
      }}
    >
      <Label htmlFor={inputId} size="small" weight="plus">
        Điểm đánh giá (Score, 0–100)
      </Label>
      <div className="flex items-center gap-x-2">
        <Input
          id={inputId}
          type="number"
          min={0}
          max={100}
          step={1}
          size="small"
          className="w-24"
          value={score}
          onChange={(event) => setScore(event.target.value)}
        />
        <Button
          type="submit"
          size="small"
          variant="secondary"
          disabled={!isValid || parsed === certificate.score}
          isLoading={updateScore.isPending}
        >
          Lưu điểm (Save score)
        </Button>
        {previewStars !== undefined && previewStars !== certificate.stars && (
          <Text size="small" className="text-ui-fg-subtle">
            → {previewStars} sao khi lưu ({previewStars}-star once saved)
          </Text>
        )}
      </div>
      {updateScore.error && (
        <Text size="small" role="alert" className="text-ui-fg-error">
          {updateScore.error.message}
        </Text>
      )}
    </form>
  )
}
