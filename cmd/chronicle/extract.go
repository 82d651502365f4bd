package main

import "errors"

func runExtract(args []string, io stdio) error { return errors.New("not built yet") }
