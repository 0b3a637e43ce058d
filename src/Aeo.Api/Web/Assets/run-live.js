// run page live updates (filled below)
