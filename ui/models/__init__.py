"""Item models over immutable rows; views sort and filter them through proxies."""
