package main

import "errors"

func runParse(args []string, io stdio) error { return errors.New("not built yet") }
