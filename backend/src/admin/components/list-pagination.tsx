import { Table } from "@medusajs/ui"

type ListPaginationProps = { count: number; pageSize: number; pageIndex: number; onPageChange: (index: number) => void }

/** The dashboard's pagination footer, in Vietnamese. */
export const ListPagination = ({ count, pageSize, pageIndex, onPageChange }: ListPaginationProps) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex < pageCount - 1}
      previousPage={() => onPageChange(pageIndex - 1)}
      nextPage={() => onPageChange(pageIndex + 1)}
      translations={{ of: "trên", results: "kết quả", pages: "trang", prev: "Trước", next: "Sau" }}
    />
  )
}
