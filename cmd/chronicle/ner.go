package main

import "errors"

func runNER(args []string, io stdio) error { return errors.New("not built yet") }
