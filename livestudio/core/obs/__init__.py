"""OBS Studio through obs-websocket 5: the one client, its connection state, the stream's health
and the Check probe. Live and Check subscribe to it; nothing else talks to OBS."""
