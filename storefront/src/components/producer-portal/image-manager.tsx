"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useState } from "react"
import type { ListingImage } from "@ocop/shared"
import { describedBy, FormField } from "@/components/checkout/form-field"
import checkout from "@/components/checkout/checkout.module.css"
import { deleteProductImage, uploadProductImage } from "@/lib/data/producer-products"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import styles from "./portal.module.css"

/** The chosen file shown before it is sent; the object URL is let go when the choice changes. */
export function useFilePreview() {
  const [preview, setPreview] = useState<string | null>(null)
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview])
  return {
    preview,
    choose: (file: File | undefined) =>
      setPreview(file && file.type.startsWith("image/") ? URL.createObjectURL(file) : null),
  }
}

/** The listing's photos: each with a delete button, and an upload with a preview; the server's refusal in role=alert. */
export function ImageManager({
  productId,
  title,
  images,
}: {
  productId: string
  title: string
  images: ListingImage[]
}) {
  const t = useTranslations("ProducerPortal")
  const [state, uploadAction, uploading] = useActionState(uploadProductImage, emptyPortalForm)
  const [deleteState, deleteAction, deleting] = useActionState(deleteProductImage, emptyPortalForm)
  const { preview, choose } = useFilePreview()
  const fileError = state.errors.file ? t(`fieldError.${state.errors.file}`) : undefined

  return (
    <section className={styles.section} aria-labelledby="images-heading">
      <h2 id="images-heading">{t("product.imagesHeading")}</h2>
      <FormMessages state={deleteState} />
      {images.length ? (
        <ul className={styles.images}>
          {images.map((image, index) => (
            <li key={image.id}>
              <img src={image.sizes?.["320"] ?? image.url} alt={t("product.imageAlt", { number: index + 1, title })} />
              <form action={deleteAction}>
                <input type="hidden" name="product_id" value={productId} />
                <input type="hidden" name="image_id" value={image.id} />
                <button type="submit" className={styles.linkButton} disabled={deleting}>
                  {t("product.deleteImage", { number: index + 1 })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>{t("product.noImages")}</p>
      )}
      <form action={uploadAction} noValidate className={checkout.form} onSubmit={() => choose(undefined)}>
        <input type="hidden" name="product_id" value={productId} />
        <FormMessages state={state} saved={t("saved")} />
        <FormField id="product-image" label={t("field.image")} error={fileError}>
          <input
            id="product-image"
            name="file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            onChange={(event) => choose(event.target.files?.[0])}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy("product-image", { error: fileError })}
          />
        </FormField>
        {preview ? <img src={preview} alt={t("product.preview")} className={styles.preview} /> : null}
        <button type="submit" className={styles.button} disabled={uploading}>
          {uploading ? t("working") : t("product.uploadImage")}
        </button>
      </form>
    </section>
  )
}
