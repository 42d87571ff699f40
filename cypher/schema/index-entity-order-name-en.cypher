// Lists read a page as a range seek on this index in index order (order-keys.ts, decision 0007).
// Parameters: none
// Returns: none
CREATE RANGE INDEX entity_order_name_en IF NOT EXISTS FOR (n:Entity) ON (n.orderName_en)
