"""Grid Desk (网格工作站前台): front desk of a community service station."""
