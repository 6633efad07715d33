import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { OCOP_QUERY_KEY } from "./ocop-queries"

/**
 * A write to the OCOP API: on success every OCOP read is fetched again, so the screen shows the
 * stored state; the API's message (which names the field) is shown on failure.
 */
export function useOcopMutation<TVariables, TResult = unknown>(
  write: (variables: TVariables) => Promise<TResult>,
  successMessage: string
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [OCOP_QUERY_KEY] })
      toast.success(successMessage)
    },
    onError: (error: Error) => {
      toast.error("Không lưu được (Not saved)", { description: error.message })
    },
  })
}
